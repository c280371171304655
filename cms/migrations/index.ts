import * as migration_20261124_200527_initial from './20261124_200527_initial';
import * as migration_20261201_224312_content_as_of from './20261201_224312_content_as_of';

export const migrations = [
  {
    up: migration_20261124_200527_initial.up,
    down: migration_20261124_200527_initial.down,
    name: '20261124_200527_initial',
  },
  {
    up: migration_20261201_224312_content_as_of.up,
    down: migration_20261201_224312_content_as_of.down,
    name: '20261201_224312_content_as_of'
  },
];
