target_sources(cc_core PRIVATE
)
