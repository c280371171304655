/**
 * Ends a script once what it printed has been written. Payload keeps timers and connections open,
 * so the scripts end the process themselves; a bare process.exit() can drop the last lines of a
 * piped stdout (the summary and its "Klaar in …" line were sometimes lost).
 */
export function exitWhenFlushed(code = process.exitCode ?? 0): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
}
