"""NLP pipeline layer: loading the Danish spaCy pipeline the rules run on."""

from .loader import BUNDLED_MODEL_DIR, OFFICIAL_MODELS, PipelineInfo, load_pipeline, pipeline_info

__all__ = ["load_pipeline", "pipeline_info", "PipelineInfo", "BUNDLED_MODEL_DIR", "OFFICIAL_MODELS"]
