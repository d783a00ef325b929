import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants.js';
import { CommandRunner } from 'nest-commander';
import { COMMAND_GROUPS } from '../command-groups.js';

/**
 * The CLI's commands for their help alone, without opening the database (which the embedded default lets
 * one process open at a time, and which a server may not be answering): each command is an object of its
 * class whose constructor never ran, so none of what it would inject (the database first) is asked for.
 * nest-commander reads the commands' decorators, options and `help()`, which need no more; `run` is never
 * called but by a group alone, whose `run` prints its help.
 */
@Module({})
export class CliHelpModule {
  static forCommandGroups(groups = COMMAND_GROUPS): DynamicModule {
    const commands = groups
      .flatMap((group) => (Reflect.getMetadata(MODULE_METADATA.PROVIDERS, group) ?? []) as Type[])
      .filter((provider) => provider.prototype instanceof CommandRunner);
    const providers: Provider[] = commands.map((command) => ({ provide: command, useFactory: () => Object.create(command.prototype) as CommandRunner }));
    return { module: CliHelpModule, providers };
  }
}
