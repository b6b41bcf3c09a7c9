package org.intercede.prompts;

import java.util.List;

/**
 * What a message costs to send.
 *
 * @param characters the length in the encoding's units: septets for GSM-7 (an extension character such as
 *                   {@code €} takes two), UTF-16 code units for UCS-2 (an emoji takes two)
 * @param segments   how many SMS segments carriers bill and deliver
 * @param ucs2Forcing characters with a GSM-7 look-alike that force UCS-2, with their replacement
 */
public record SegmentCount(Encoding encoding, int characters, int segments, List<CharacterIssue> ucs2Forcing) {
    public SegmentCount {
        ucs2Forcing = List.copyOf(ucs2Forcing);
    }
}
