import debate from 'virtual:bundled-debate';

/** The debate that ships with the app, validated when the app was built. */
export const bundledDebate = debate;
