#!/usr/bin/env bash
# Submits a batch to Slurm: an array of SHARDS conversion tasks, then the merge once all have succeeded.
# Usage: deploy/slurm/submit.sh INPUT_DIR OUTPUT_DIR [SHARDS]      (OUTPUT_DIR on a file system every node sees)
# A task that fails can be resubmitted alone (sbatch --array=K ...): it redoes only its unfinished documents.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export DOCREPORT_INPUT=$1 DOCREPORT_OUTPUT=$2
shards=${3:-8}
array=$(sbatch --parsable --export=ALL --array="0-$((shards - 1))" "$here/docreport-array.sbatch")
sbatch --parsable --export=ALL --dependency="afterok:$array" "$here/docreport-merge.sbatch"
