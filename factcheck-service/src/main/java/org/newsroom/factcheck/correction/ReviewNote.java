package org.newsroom.factcheck.correction;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The note that goes with a transition; approving and rejecting require one. */
@Schema(name = "TransitionNote")
public record ReviewNote(@Size(max = 2000) String note) {}
