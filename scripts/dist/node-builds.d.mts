/** The systems of the portable program (node-builds.mjs). */
export const TARGETS: Record<string, { package: string; integrity: string; node: string; os: string; cpu: string }>;
/** Whether a native package (its "os", "cpu", "libc") is the one `target` needs. */
export function fitsTarget(info: { os?: string | string[]; cpu?: string | string[]; libc?: string | string[] }, target: string): boolean;
/** The native packages the runtime dependencies need on `target`, as files `node_modules/NAME/…`. */
export function nativeBuilds(target: string): { name: string; data: Buffer; executable: boolean }[];
