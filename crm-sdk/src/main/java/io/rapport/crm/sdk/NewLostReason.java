package io.rapport.crm.sdk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A lost reason of a pipeline being defined.
 *
 * @param code stable code, unique in the pipeline, 1 to 50 characters
 * @param label what users read, 1 to 200 characters
 */
public record NewLostReason(
    @NotBlank @Size(max = 50) String code, @NotBlank @Size(max = 200) String label) {}
