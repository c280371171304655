import * as migration_20261124_195914_initial from './20261124_195914_initial';

export const migrations = [
  {
    up: migration_20261124_195914_initial.up,
    down: migration_20261124_195914_initial.down,
    name: '20261124_195914_initial'
  },
];
