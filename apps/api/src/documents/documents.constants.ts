/** Files per REST upload request (a .zip counts as one). */
export const MAX_FILES_PER_REQUEST = 50;
