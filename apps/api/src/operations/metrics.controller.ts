import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { metricsRegistry, projectionLag } from '#platform';
import { ProjectionLagProbe } from '#read-models';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly lag: ProjectionLagProbe) {}

  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  @ApiOperation({ summary: 'Prometheus metrics: request latency, events appended and projected, projection lag' })
  async metrics(): Promise<string> {
    for (const { projection, lagSeconds } of await this.lag.measure()) projectionLag.set({ projection }, lagSeconds);
    return metricsRegistry.metrics();
  }
}
