import { Router } from 'express';
import type { ServiceContext } from '../../review/context';
import { realignUnit } from '../../review/realign';
import { unitHistory } from '../../review/history';
import { addComment, removeComment } from '../../review/comments';
import { addIssue, editUnit, removeIssue, setUnitStatus } from '../../review/units';
import { IdParams, currentUser, validate } from '../http';
import { RealignBody } from './realign-schema';
import { CommentBody, EditUnitBody, IssueBody, StatusBody } from './schema';

export function unitsRouter(ctx: ServiceContext): Router {
  const router = Router();
  router.get('/units/:id/history', (req, res) => {
    res.json({ entries: unitHistory(ctx, IdParams.parse(req)) });
  });
  router.patch('/units/:id', async (req, res) => {
    res.json(await editUnit(ctx, IdParams.parse(req), validate(EditUnitBody, req.body), currentUser(res)));
  });
  router.post('/units/:id/status', async (req, res) => {
    res.json(await setUnitStatus(ctx, IdParams.parse(req), validate(StatusBody, req.body), currentUser(res)));
  });
  router.post('/units/:id/issues', (req, res) => {
    res.status(201).json(addIssue(ctx, IdParams.parse(req), validate(IssueBody, req.body), currentUser(res)));
  });
  router.delete('/issues/:id', (req, res) => {
    res.json(removeIssue(ctx, IdParams.parse(req), currentUser(res)));
  });
  router.post('/units/:id/comments', (req, res) => {
    res
      .status(201)
      .json(addComment(ctx, IdParams.parse(req), validate(CommentBody, req.body).body, currentUser(res)));
  });
  router.delete('/comments/:id', (req, res) => {
    res.json(removeComment(ctx, IdParams.parse(req), currentUser(res)));
  });
  router.post('/units/:id/alignment', async (req, res) => {
    res.json(await realignUnit(ctx, IdParams.parse(req), validate(RealignBody, req.body), currentUser(res)));
  });
  return router;
}
