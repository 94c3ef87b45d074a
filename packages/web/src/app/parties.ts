/** The party that stands for the workspace's own organisation (partners are named by key). */
export const US = 'us';
