// External checkers from Debian's packages (.ci/apt-packages installs them in CI).
import { spawnSync } from 'node:child_process';

/**
 * True when the command is there. In CI (CI=true) a missing checker is a failure, not a skip:
 * the checks it makes must run on every submission.
 */
export function hasTool(command: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
  if (!found && process.env.CI) throw new Error(`${command} is missing: add its package to .ci/apt-packages`);
  return found;
}

export function hasPythonModule(module: string): boolean {
  const found = spawnSync('python3', ['-c', `import ${module}`]).status === 0;
  if (!found && process.env.CI) throw new Error(`python3 module ${module} is missing: add its package to .ci/apt-packages`);
  return found;
}
