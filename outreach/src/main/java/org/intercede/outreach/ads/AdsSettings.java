package org.intercede.outreach.ads;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param defaultRegion country of ads that do not say theirs ({@code INTERCEDE_ADS_DEFAULT_REGION})
 * @param flagAds       a number in at least this many ads is flagged for caseworkers' attention ({@code INTERCEDE_ADS_FLAG_ADS})
 * @param flagCities    ... or in ads from at least this many cities ({@code INTERCEDE_ADS_FLAG_CITIES})
 */
@ConfigurationProperties("intercede.ads")
public record AdsSettings(
        @Bindable(defaultValue = "US") String defaultRegion,
        @Bindable(defaultValue = "5") int flagAds,
        @Bindable(defaultValue = "3") int flagCities) {
}
