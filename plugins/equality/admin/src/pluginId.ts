export const PLUGIN_ID = 'equality';
