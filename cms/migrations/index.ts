// Replaced by `payload migrate:create`: the committed migrations that production applies.
export const migrations: { name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }[] = []
