import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { ProjectionLagProbe } from '#read-models';
import { withinDeadline } from './deadline.js';

/** Each check's deadline: the whole answer comes within about a second, whatever the stores do. */
const CHECK_DEADLINE_MS = 800;

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly lag: ProjectionLagProbe,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Database, event store and projection lag; 503 when one is down' })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: CHECK_DEADLINE_MS }),
      async () => {
        const indicator = this.indicators.check('eventStore');
        try {
          await withinDeadline(this.events.ping(), CHECK_DEADLINE_MS);
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
      async () => {
        const indicator = this.indicators.check('projections');
        try {
          const lags = await withinDeadline(this.lag.measure(), CHECK_DEADLINE_MS);
          const worst = Math.max(0, ...lags.map((l) => l.lagSeconds));
          // Parked events are shown, not counted against health: the log goes on without them, and
          // taking instances out of service would not fix them (operators: `projections parked`).
          const parkedEvents = Object.fromEntries(lags.filter((l) => l.parkedEvents > 0).map((l) => [l.projection, l.parkedEvents]));
          const details = { lagSeconds: worst, maxLagSeconds: this.config.HEALTH_MAX_PROJECTION_LAG_SECONDS, parkedEvents };
          return worst <= this.config.HEALTH_MAX_PROJECTION_LAG_SECONDS ? indicator.up(details) : indicator.down(details);
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
