// ProfileImport::fromTwilioCliConfigData: the Twilio CLI's config.json, a
// file on the user's disk that SipDesk reads but did not write.

#include "tests/fuzz/fuzzcommon.h"

#include "models/profiles/profileimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProfileImportResult result =
        ProfileImport::fromTwilioCliConfigData(Fuzz::bytes(data, size));
    FUZZ_CHECK(result.error.isEmpty() || result.profiles.isEmpty(), result.error);
    for (const ImportedProfile &imported : result.profiles)
        (void)imported.profile.isValid();
    return 0;
}
