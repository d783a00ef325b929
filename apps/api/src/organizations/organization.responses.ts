import { ApiProperty } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, type OrganizationKind } from '#domain';

/** An organisation as read (read-models' OrganizationView). */
export class OrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Ministry of Labour, Migration and Employment' })
  name!: string;

  @ApiProperty({ example: 'MoLME' })
  acronym!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS, enumName: 'OrganizationKind' })
  kind!: OrganizationKind;

  @ApiProperty({ example: 'TJ' })
  country!: string;

  @ApiProperty({ required: false, description: 'its IATI organisation identifier, when recorded' })
  iatiIdentifier?: string;

  @ApiProperty({ description: 'the stream revision: the ETag, for If-Match on a later correction' })
  revision!: number;
}
