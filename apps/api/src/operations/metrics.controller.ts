import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiTextResponse } from '../http/responses.js';
import { metricsRegistry, projectionDeadLetters, projectionLag } from '#platform';
import { ProjectionLagProbe } from '#read-models';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly lag: ProjectionLagProbe) {}

  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  @ApiTextResponse('text/plain', 'the Prometheus text exposition format')
  @ApiOperation({ summary: 'Prometheus metrics: request latency, events appended and projected, projection lag, parked events' })
  async metrics(): Promise<string> {
    for (const { projection, lagSeconds, parkedEvents } of await this.lag.measure()) {
      projectionLag.set({ projection }, lagSeconds);
      projectionDeadLetters.set({ projection }, parkedEvents);
    }
    return metricsRegistry.metrics();
  }
}
