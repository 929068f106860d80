// /api/statistics/trainings: training statistics for a period and programme (small cells suppressed for the
// public), and each table as CSV.
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { statisticsTables, trainingStatistics, type StatisticsTable } from '../../commands/trainings/trainingStatistics.js';
import { statisticsCsv } from '../../presenters/statisticsCsv.js';

export function statisticsRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/statistics/trainings', async (req, res) => {
    res.json({ data: await trainingStatistics(ctx, req.actor, req.query) });
  });

  router.get('/statistics/trainings/:table/csv', async (req, res) => {
    const table = req.params.table as StatisticsTable;
    if (!statisticsTables.includes(table)) throw notFound('The table');
    const statistics = await trainingStatistics(ctx, req.actor, req.query);
    res.type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="trainings-${table}.csv"`).send(statisticsCsv(statistics.tables[table]));
  });

  return router;
}
