import * as migration_20261124_200527_initial from './20261124_200527_initial';

export const migrations = [
  {
    up: migration_20261124_200527_initial.up,
    down: migration_20261124_200527_initial.down,
    name: '20261124_200527_initial'
  },
];
