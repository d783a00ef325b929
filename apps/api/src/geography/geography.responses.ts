import { ApiProperty } from '@nestjs/swagger';

export class PlaceNamesDto {
  @ApiProperty({ example: 'Khatlon' }) en!: string;
  @ApiProperty({ example: 'Хатлонская область' }) ru!: string;
  @ApiProperty({ required: false, example: 'Вилояти Хатлон', description: 'Tajik, for places of Tajikistan' }) tg?: string;
  @ApiProperty({ required: false, description: 'Kyrgyz, for places of Kyrgyzstan' }) ky?: string;
}

export class GazetteerDistrictDto {
  @ApiProperty({ type: PlaceNamesDto }) names!: PlaceNamesDto;
  @ApiProperty({ required: false, type: [String], description: 'other spellings accepted, such as former names' }) aliases?: string[];
}

export class GazetteerAreaDto {
  @ApiProperty({ example: 'TJ-KT', description: 'ISO 3166-2' }) code!: string;
  @ApiProperty({ type: PlaceNamesDto }) names!: PlaceNamesDto;
  @ApiProperty({ required: false, type: [String] }) aliases?: string[];
  @ApiProperty({ type: [GazetteerDistrictDto], description: 'the districts the gazetteer knows (others are accepted, not checked)' }) districts!: GazetteerDistrictDto[];
}

export class GazetteerCountryDto {
  @ApiProperty({ example: 'TJ', description: 'ISO 3166-1 alpha-2' }) code!: string;
  @ApiProperty({ type: PlaceNamesDto }) names!: PlaceNamesDto;
  @ApiProperty({ type: [GazetteerAreaDto] }) areas!: GazetteerAreaDto[];
}

export class GeographyDto {
  @ApiProperty({ type: [GazetteerCountryDto], description: 'the countries whose areas are checked; any other ISO 3166-1 country is accepted with its areas unchecked' })
  countries!: GazetteerCountryDto[];
}
