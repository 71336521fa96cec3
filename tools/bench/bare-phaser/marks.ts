/** Performance mark the bare-Phaser page sets once its scene has been created and a frame drawn. */
export const BARE_USABLE_MARK = 'bare-phaser:usable';
