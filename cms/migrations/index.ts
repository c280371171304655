import * as migration_20261124_200527_initial from './20261124_200527_initial';
import * as migration_20261201_222531_asker_context from './20261201_222531_asker_context';
import * as migration_20261201_224617_rate_limits_no_lockout from './20261201_224617_rate_limits_no_lockout';

export const migrations = [
  {
    up: migration_20261124_200527_initial.up,
    down: migration_20261124_200527_initial.down,
    name: '20261124_200527_initial',
  },
  {
    up: migration_20261201_222531_asker_context.up,
    down: migration_20261201_222531_asker_context.down,
    name: '20261201_222531_asker_context',
  },
  {
    up: migration_20261201_224617_rate_limits_no_lockout.up,
    down: migration_20261201_224617_rate_limits_no_lockout.down,
    name: '20261201_224617_rate_limits_no_lockout'
  },
];
