import { openDatabase } from './open-database';

describe('openDatabase', () => {
  it('treats an empty DATABASE_URL (as a shell or an .env file leaves it) as none: the embedded database', async () => {
    const db = await openDatabase({ databaseUrl: '  ', dataDir: 'memory://', poolMax: 4, runMigrations: true });
    try {
      expect(db.embedded).not.toBeNull();
      expect(db.description).toContain('embedded PostgreSQL');
      expect(db.connections.capacity).toBe(1);
      expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM "report"`)).toEqual([{ n: 0 }]);
    } finally {
      await db.dataSource.destroy();
    }
  });
});
