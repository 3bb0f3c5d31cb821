#pragma once

// ReportPart: one part of a long report build (internal to lb::report). Its Feedback maps the
// part's own 0–100 progress onto [begin, end] of the whole and is canceled when the whole is, so
// the loaders a part calls, which each report 0–100, do not make the whole jump. Used by the
// thread that builds the report.

#include "core/feedback.h"

#include <algorithm>

namespace lb::report {

class ReportPart {
public:
    ReportPart(Feedback &whole, double begin, double end, const QString &name)
        : m_whole(whole)
        , m_begin(begin)
        , m_end(end)
        , m_feedback([this](double percent, const QString &message) { forward(percent, message); })
    {
        whole.setProgress(begin, name);
        if (whole.isCanceled())
            m_feedback.cancel();
    }
    Feedback &feedback() { return m_feedback; }

private:
    void forward(double percent, const QString &message)
    {
        m_whole.setProgress(m_begin + (m_end - m_begin) * std::clamp(percent, 0.0, 100.0) / 100.0, message);
        if (m_whole.isCanceled())
            m_feedback.cancel();
    }
    Feedback &m_whole;
    double m_begin;
    double m_end;
    Feedback m_feedback;
};

} // namespace lb::report
