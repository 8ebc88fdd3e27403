-- CreateIndex
CREATE INDEX "model_event_recorded_at_idx" ON "model_event"("recorded_at");
