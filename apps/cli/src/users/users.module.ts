import { Module } from '@nestjs/common';
import { ApplicationModule } from '#application';
import { InviteUserCommand, ListUsersCommand, UsersCommand } from './users.command.js';

/** `users invite|list`: the first admin needs no mail server, the link is printed. */
@Module({
  imports: [ApplicationModule],
  providers: [UsersCommand, InviteUserCommand, ListUsersCommand],
})
export class UsersModule {}
