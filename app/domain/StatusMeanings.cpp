// The KM status meanings, listed for lupdate so they can be translated like any other text.
// The data file resources/status/status-definitions.json stays the source; a test checks that
// every meaning it holds is listed here (TestTranslations::statusMeaningsAreTranslatable).

#include <QtGlobal>

#include <array>

// Referenced only by lupdate: the array is never used at run time.
[[maybe_unused]] static constexpr std::array statusMeanings = {
    QT_TRANSLATE_NOOP("StatusMeaning", "Service call is registered with jeeves, not yet assigned to technician"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service is assigned to a technician"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service site was not ready hence service is pending"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service rescheduled by customer- Updated by technician"),
    QT_TRANSLATE_NOOP("StatusMeaning",
                      "Service is rescheduled by technician, because of some operational issues, agents should see "
                      "remarks updated by technician here to understand exact reason if mentioned"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Customer not responding hence service is pending"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service not done, as there is operational issues at the location"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service getting canceled as customer not responding to technician calls"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Customer denied service hence not done"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Non serviceable location/ product hence service getting canceled"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service is canceled as customer not responding to technician calls"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Non serviceable location/ product hence service canceled"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service completed"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Current sf/ branch did not have capacity to provide service hence its being "
                                       "transferred to a different sf/ branch to complete the service"),
    QT_TRANSLATE_NOOP("StatusMeaning",
                      "ST is assigned for pickup of mobile phone. This is related to Mobile repair cases"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Phone is inwarded to workshop"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Quality check is done"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Quality check pending"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Repair is completed"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Repair in progress"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Issue diagnosis"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Phone got damaged during the transit"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Estimation Approved"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Estimation Rejected"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Estimation Requested"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Estimation Pending"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service Allocated"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Service Completed"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Technician Reached"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Not Applicable"),
    QT_TRANSLATE_NOOP("StatusMeaning", "Issue Not Resolved"),
};
