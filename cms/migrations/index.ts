import * as migration_20261124_200527_initial from './20261124_200527_initial';
import * as migration_20261201_223743_site_rebuild_jobs from './20261201_223743_site_rebuild_jobs';

export const migrations = [
  {
    up: migration_20261124_200527_initial.up,
    down: migration_20261124_200527_initial.down,
    name: '20261124_200527_initial',
  },
  {
    up: migration_20261201_223743_site_rebuild_jobs.up,
    down: migration_20261201_223743_site_rebuild_jobs.down,
    name: '20261201_223743_site_rebuild_jobs'
  },
];
