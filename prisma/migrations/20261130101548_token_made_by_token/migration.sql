-- AlterTable
ALTER TABLE "api_token" ADD COLUMN     "created_by_token_id" UUID;

-- CreateIndex
CREATE INDEX "api_token_created_by_token_id_idx" ON "api_token"("created_by_token_id");

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_created_by_token_id_fkey" FOREIGN KEY ("created_by_token_id") REFERENCES "api_token"("id") ON DELETE SET NULL ON UPDATE CASCADE;
