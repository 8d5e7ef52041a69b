import * as migration_20261121_065803_initial from './20261121_065803_initial';

export const migrations = [
  {
    up: migration_20261121_065803_initial.up,
    down: migration_20261121_065803_initial.down,
    name: '20261121_065803_initial'
  },
];
