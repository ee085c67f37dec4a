/**
 * The build's progress lines, "[build] data OK: … (7.2 s)": seconds since BUILD_T0 (ms since
 * 1970), which scripts/build.ts sets and hands to its child, so that both of the build's
 * processes count from the same start. The bench reads these lines (scripts/lib/bench/run-build.ts).
 */
export const BUILD_T0 = Number(process.env.BUILD_T0) || Date.now();

export function lap(label: string): void {
  console.log(`[build] ${label} (${((Date.now() - BUILD_T0) / 1000).toFixed(1)} s)`);
}
