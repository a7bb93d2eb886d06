-- CreateIndex
CREATE INDEX "Project_intendedInstrument_idx" ON "Project"("intendedInstrument");
