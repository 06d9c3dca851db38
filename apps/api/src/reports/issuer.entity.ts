import { type IssuerKind } from '@gongkai/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { Region } from '../regions/region.entity';

/** The body that publishes reports (a county government, a department...). */
@Entity({ name: 'issuer' })
@Unique('UQ_issuer_region_code_normalized_name', ['regionCode', 'normalizedName'])
export class Issuer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The name with whitespace, punctuation and traditional characters folded, for matching. */
  @Column({ name: 'normalized_name', type: 'text' })
  normalizedName!: string;

  @Column({
    type: 'enum',
    enum: ['gov', 'gov_office', 'department', 'township', 'zone', 'institution', 'other'],
    enumName: 'issuer_kind_enum',
  })
  kind!: IssuerKind;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode!: string;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'FK_issuer_region' })
  region?: Region;
}
