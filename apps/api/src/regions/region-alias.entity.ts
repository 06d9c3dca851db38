import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { Region } from './region.entity';

export type RegionAliasKind = 'code' | 'name';

/** A former name or code of a region, with the years it was valid (history of GB/T 2260). */
@Entity({ name: 'region_alias' })
@Unique('UQ_region_alias_alias_region_code', ['alias', 'regionCode'])
export class RegionAlias {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode!: string;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'FK_region_alias_region' })
  region?: Region;

  @Column({ type: 'text' })
  alias!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: RegionAliasKind;

  @Column({ name: 'valid_from', type: 'int', nullable: true })
  validFrom!: number | null;

  @Column({ name: 'valid_to', type: 'int', nullable: true })
  validTo!: number | null;
}
