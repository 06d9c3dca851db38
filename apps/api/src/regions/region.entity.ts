import { type RegionLevel } from '@gongkai/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A GB/T 2260 region under its current code (a reference table: small, replicated everywhere in Citus). */
@Entity({ name: 'region' })
@Index('IDX_region_parent_code', ['parentCode'])
@Index('IDX_region_level', ['level'])
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ['province', 'prefecture', 'county'], enumName: 'region_level_enum' })
  level!: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode!: string | null;

  /** Names from the province down, space-separated: '西藏自治区 林芝市 工布江达县'. */
  @Column({ type: 'text' })
  path!: string;
}
