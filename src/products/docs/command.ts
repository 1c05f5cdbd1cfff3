// netzwerk docs [TOPIC]: without a topic, the list of guides with their first line; with one, the
// guide itself (Markdown, readable as it is). The guides travel with the program, so that help
// and messages can point to them on a machine without the program's sources.
import { readFile } from 'node:fs/promises';
import type { Context } from '../../cli/context.js';
import type { Invocation } from '../../cli/spec.js';
import { UsageError } from '../../errors.js';
import { foldText } from '../../model/slug.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { suggest } from '../../suggest.js';
import type { DOCS } from './spec.js';
import { TOPICS, type Topic } from './topics.js';

const guide = (topic: Topic) => readFile(new URL(`docs/${topic.file}`, PACKAGE_ROOT), 'utf8');

export async function run(ctx: Context, { args }: Invocation<typeof DOCS>): Promise<number> {
  if (args.topic === undefined) {
    ctx.say('docs.list');
    for (const topic of TOPICS) {
      const title = (await guide(topic)).split('\n')[0]!.replace(/^#\s*/, '').replace(/`/g, '');
      ctx.io.stdout.write(`  ${topic.name.padEnd(10)} ${title}\n`);
    }
    ctx.say('docs.how');
    return 0;
  }
  const wanted = foldText(args.topic).replace(/[^a-z0-9]/g, '');
  const topic = TOPICS.find((t) => t.name === wanted || t.words.includes(wanted));
  if (!topic) {
    const names = TOPICS.flatMap((t) => [t.name, ...t.words]);
    const close = suggest(args.topic, names);
    throw new UsageError('docs.unknown', {
      topic: args.topic,
      suggestion: TOPICS.find((t) => close !== undefined && (t.name === close || t.words.includes(close)))?.name,
      topics: TOPICS.map((t) => t.name).join(', '),
    });
  }
  ctx.io.stdout.write(await guide(topic));
  return 0;
}
