import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, eventsProjected, type AppConfig } from '#platform';
import { ALL_PROJECTIONS } from '../read-models.js';
import { describeError } from './dead-letters.js';
import { Projector } from './projector.js';

/** Runs every projection for as long as the process lives (embedded in the API or on its own). */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projector');
  readonly projector: Projector;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(EVENT_STORE) store: EventStore, @Inject(APP_CONFIG) config: AppConfig) {
    this.projector = new Projector(dataSource, store, ALL_PROJECTIONS, {
      maxBatch: config.PROJECTOR_BATCH_SIZE,
      minBatchIntervalMs: config.PROJECTOR_BATCH_INTERVAL_MS,
      onApplied: (events) => eventsProjected.inc(events),
      onError: (error) => this.logger.warn(`projections failed, retrying: ${(error as Error).message}`),
      onParked: (projection, { event, error, attempts }) =>
        this.logger.error(`${projection}: parked ${event.type} ${event.stream}@${event.revision} (position ${event.position}) after ${attempts} attempts: ${describeError(error)}; see npm run cli -- projections parked`),
    });
  }

  async onApplicationBootstrap() {
    await this.projector.start();
    this.logger.log(`running ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
  }

  async onApplicationShutdown() {
    await this.projector.stop();
  }
}
