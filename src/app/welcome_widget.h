#pragma once

// WelcomeWidget: what the main window shows while no store is open — what the program is for,
// and the two ways to start: open a store, or create the demo store. GUI thread only.

#include <QWidget>

class QPushButton;

namespace lb::app {

class WelcomeWidget : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    QPushButton *openButton() const { return m_open; }
    QPushButton *demoButton() const { return m_demo; }

Q_SIGNALS:
    void openRequested();
    void createDemoRequested();

private:
    QPushButton *m_open = nullptr;
    QPushButton *m_demo = nullptr;
};

} // namespace lb::app
