package org.truce.agreement;

/** The governorate, district and sub-district a point lies in. */
public record AdminLocation(AdminArea governorate, AdminArea district, AdminArea subDistrict) {
}
