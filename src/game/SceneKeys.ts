/** Keys of the Phaser scenes, in one place so that nothing spells them twice. */
export const SceneKeys = {
  Map: 'Map',
} as const;
