/** Injection token of the DataSource for analytics reads: READ_DATABASE_URL when set, else the primary. */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

/** Injection token of the report store's connections (@gongkai/database ConnectionSource over the primary pool). */
export const STORE_CONNECTIONS = Symbol('STORE_CONNECTIONS');

/** Injection token of the embedded database's owner lock (null on a PostgreSQL server). */
export const DATA_DIR_LOCK = Symbol('DATA_DIR_LOCK');
