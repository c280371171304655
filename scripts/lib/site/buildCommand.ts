/**
 * How the site build is started everywhere: npm run build, npm start, the CMS's rebuild after a
 * publish, the tests and the bench (so the bench measures what production runs). Node with tsx's
 * loader, in the repository root: one process, where the tsx command starts a second Node only to
 * start this one (54 MB more at the peak of every build).
 */
export const siteBuildArgs = (...args: string[]) => ['--import', 'tsx', 'scripts/build-site.ts', ...args]

/** The same as one shell command, for SITE_REBUILD_COMMAND. */
export const siteBuildShellCommand = (...args: string[]) => [`"${process.execPath}"`, ...siteBuildArgs(...args)].join(' ')
