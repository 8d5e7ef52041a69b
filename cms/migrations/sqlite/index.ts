import * as migration_20261121_070633_initial from './20261121_070633_initial';

export const migrations = [
  {
    up: migration_20261121_070633_initial.up,
    down: migration_20261121_070633_initial.down,
    name: '20261121_070633_initial'
  },
];
