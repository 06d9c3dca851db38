/** Injection token of the DataSource for analytics reads: READ_DATABASE_URL when set, else the primary. */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');
