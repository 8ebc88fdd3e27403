-- DropIndex
DROP INDEX "login_failure_email_at_idx";

-- CreateIndex
CREATE INDEX "login_failure_at_idx" ON "login_failure"("at");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");
