import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'clerk@example.org' })
  @IsString()
  @Length(3, 320)
  email!: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'the token of the one-time link' })
  @IsString()
  @Length(1, 200)
  token!: string;

  @ApiProperty({ description: 'at least 12 characters, not a common password' })
  @IsString()
  @Length(1, 1024)
  password!: string;
}

export class PasswordResetDto {
  @ApiProperty({ example: 'clerk@example.org' })
  @IsString()
  @Length(3, 320)
  email!: string;
}
