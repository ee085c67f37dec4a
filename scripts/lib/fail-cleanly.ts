/**
 * The last line of defence of the commands people run (check:data, build): an error that no check
 * foresaw still ends in one line that says what failed, not a stack trace — which is for whoever
 * fixes the code, and is printed when DEBUG is set. Bad data never gets here: the checks report
 * it with its file, line and column; this is for faults of the code or the machine (a full disk).
 */
export function failCleanly(label: string, cleanUp?: () => Promise<unknown>): void {
  const report = async (err: unknown) => {
    await cleanUp?.().catch(() => {});
    const e = err as NodeJS.ErrnoException;
    const what = e instanceof Error ? `${e.code ? `${e.code}: ` : ''}${e.message}` : String(err);
    console.error(`[${label}] failed: ${what}`);
    if (process.env.DEBUG && e instanceof Error && e.stack) console.error(e.stack);
    else console.error(`[${label}] this is not a problem found in the data; run again with DEBUG=1 for the details to report.`);
    process.exit(1);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
